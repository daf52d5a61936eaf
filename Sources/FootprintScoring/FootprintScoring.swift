// FootprintScoring
