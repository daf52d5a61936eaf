#!/usr/bin/env python3
"""Scores posts with footprint on Apache Spark.

`footprint check --jsonl` is a streaming filter: one JSON line out for every line in, in input
order. So RDD.pipe can run it over each partition of a JSON Lines dataset, on as many executors
as the cluster has, and the output partitions line up with the input partitions.

    python3 footprint_spark.py INPUT OUTPUT [--footprint PATH] [--partitions N] [--master URL]

INPUT is JSON Lines ({"id": ..., "text": ...} a line, other fields kept as metadata); OUTPUT is a
folder of part files of footprint's output lines. On a cluster, ship an install prefix made by
scripts/install.sh (bin/footprint finds its rule packs in ../share/footprint/Rules), e.g.
`spark-submit --archives footprint.tgz#fp footprint_spark.py IN OUT --footprint fp/bin/footprint`.
"""
import argparse

from pyspark.sql import SparkSession


def score(lines, footprint, profile=None):
    """The footprint output line of every input line, in the same partitions and order."""
    command = [footprint, "check", "--jsonl", "--fail-on", "never"]
    if profile:
        command += ["--profile", profile]
    # NOTE: exit status 2 (some lines were not JSON) is expected: those lines become error
    # records, so the status is not checked.
    return lines.pipe(" ".join(command), checkCode=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--footprint", default="footprint", help="path of the footprint binary on the executors")
    parser.add_argument("--profile", help="audience profile, e.g. professional")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input first")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    args = parser.parse_args()
    builder = SparkSession.builder.appName("footprint")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    lines = spark.sparkContext.textFile(args.input)
    if args.partitions:
        lines = lines.repartition(args.partitions)
    score(lines, args.footprint, args.profile).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
