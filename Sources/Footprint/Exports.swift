// The library's API returns types of the layers below (an `Assessment` of `Finding`s, an
// `ArchivePost`, a `TextPosition`); `import Footprint` makes them all visible.
@_exported import FootprintInput
@_exported import FootprintReporting
@_exported import FootprintRules
@_exported import FootprintScoring
@_exported import FootprintText
