// FootprintDetectors
