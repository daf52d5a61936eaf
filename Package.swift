// swift-tools-version: 6.1
import PackageDescription

// Layering (see README "Architecture"): CICU/CICUShim → FootprintText → FootprintRules,
// FootprintDetectors → FootprintScoring → FootprintInput, FootprintReporting → Footprint → footprint.
// No target imports one above it.
let package = Package(
    name: "Footprint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "footprint", targets: ["footprint"]),
        .library(name: "Footprint", targets: ["Footprint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System ICU from libicu-dev. Only CICUShim's .c files include its headers.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // C facade over ICU: plain C types and opaque handles in its public header, so Swift
        // never sees ICU's headers (they clash with Foundation's bundled ICU).
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "FootprintText", dependencies: ["CICUShim"]),
        .target(
            name: "FootprintRules",
            dependencies: ["CICUShim", "FootprintText", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "FootprintDetectors", dependencies: ["FootprintText"]),
        .target(name: "FootprintScoring", dependencies: ["FootprintRules"]),
        .target(name: "FootprintInput", dependencies: ["FootprintText"]),
        .target(name: "FootprintReporting", dependencies: ["FootprintRules", "FootprintScoring"]),
        .target(
            name: "Footprint",
            dependencies: [
                "FootprintText", "FootprintRules", "FootprintDetectors", "FootprintScoring",
                "FootprintInput", "FootprintReporting", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "footprint",
            dependencies: ["Footprint", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "FootprintTextTests", dependencies: ["FootprintText"]),
        .testTarget(name: "FootprintRulesTests", dependencies: ["Footprint"]),
        .testTarget(name: "FootprintInputTests", dependencies: ["FootprintInput", "FootprintReporting"]),
        .testTarget(name: "CLITests", dependencies: ["footprint"]),
        .testTarget(name: "FootprintReportingTests", dependencies: ["FootprintReporting", "Footprint"]),
    ]
)
