// swift-tools-version: 6.1
import Foundation
import PackageDescription

// libFuzzer targets for Footprint's readers, text layer and rule loading (see README "Fuzzing").
// Build and run with Fuzz/run.sh; a plain `swift build` of the main package does not build this.
// The main package's identity is the name of the folder it was cloned into.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "FootprintFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FootprintFuzz",
            dependencies: [.product(name: "Footprint", package: root.lastPathComponent.lowercased())]
        )
    ]
)
