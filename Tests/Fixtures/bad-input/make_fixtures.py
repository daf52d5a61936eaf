#!/usr/bin/env python3
"""Writes the binary fixtures of the bad-input tests (Tests/CLITests/BadInputTests.swift):
bad-block.car, a Bluesky repository whose second block is not CBOR between two good posts, and
archive.zip, an X/Twitter archive of 40 tweets, and truncated.zip, the same cut off in the middle. Run from this folder."""
import io
import zipfile


def head(major, value):
    if value < 24:
        return bytes([major << 5 | value])
    if value < 256:
        return bytes([major << 5 | 24, value])
    return bytes([major << 5 | 25]) + value.to_bytes(2, "big")


def text(s):
    b = s.encode()
    return head(3, len(b)) + b


def cbor_map(pairs):
    return head(5, len(pairs)) + b"".join(text(k) + v for k, v in pairs)


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def cid(seed):
    return bytes([0x01, 0x71, 0x12, 0x20]) + bytes([seed]) * 32


def post(body, date):
    return cbor_map([("$type", text("app.bsky.feed.post")), ("createdAt", text(date)), ("text", text(body))])


root = cid(0)
header = cbor_map([("roots", head(4, 1) + bytes([0xD8, 42]) + head(2, len(root) + 1) + b"\0" + root),
                   ("version", head(0, 1))])
blocks = [post("first post, all fine", "2024-03-01T10:00:00Z"),
          bytes([0xBF, 0xFF, 0x1C, 0x00, 0x42]),  # not DAG-CBOR: an indefinite map, then junk
          post("third post, call me on 415-555-0134", "2024-03-02T10:00:00Z")]
car = varint(len(header)) + header
for i, block in enumerate(blocks):
    car += varint(len(cid(i + 1)) + len(block)) + cid(i + 1) + block
open("bad-block.car", "wb").write(car)

tweets = "window.YTD.tweets.part0 = [" + ",".join(
    '{"tweet": {"id_str": "%d", "created_at": "Fri Feb 20 09:10:58 +0000 2026", "full_text": "note number %d"}}' % (i, i)
    for i in range(40)) + "]"
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("data/tweets.js", tweets)
whole = buffer.getvalue()
open("archive.zip", "wb").write(whole)
open("truncated.zip", "wb").write(whole[: len(whole) // 2])
