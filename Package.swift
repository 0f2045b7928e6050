// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lectern",
    // Synchronization's Mutex and Atomic (the reader's locks) need macOS 15 there.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lectern", targets: ["lectern"]),
    ],
    dependencies: [
        // The command line's subcommands, options and help text.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Everything that is not the terminal: text, parsing, library, layout, search, reader state.
        .target(name: "LecternCore"),
        // The system's ncursesw, wide-character build.
        .systemLibrary(name: "CNcursesw"),
        // Command line and the ncurses shell around the core.
        .executableTarget(
            name: "lectern",
            dependencies: [
                "LecternCore",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release lectern-bench`: the core timed against fmt, head and grep.
        .executableTarget(name: "lectern-bench", dependencies: ["LecternCore"], path: "Sources/LecternBenchmarks"),
        .target(name: "LecternTestSupport", dependencies: ["LecternCore"], path: "Tests/LecternTestSupport"),
        .testTarget(name: "LecternCoreTests", dependencies: ["LecternCore", "LecternTestSupport"]),
        .testTarget(name: "LecternEndToEndTests", dependencies: ["LecternCore", "LecternTestSupport", "lectern"]),
    ]
)
