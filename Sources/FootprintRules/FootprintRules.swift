// FootprintRules
