// FootprintReporting
