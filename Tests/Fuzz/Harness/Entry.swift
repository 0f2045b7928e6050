#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point. One binary holds every stage; `LECTERN_FUZZ_TARGET` picks the one
/// this run drives, so a single (slow, sanitized) compile serves them all.
@_cdecl("LLVMFuzzerTestOneInput")
public func lecternFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzStage.selected.run(bytes)
    return 0
}

enum FuzzStage: String, CaseIterable {
    case decode, gunzip, parse, layout, pages, search, render, reader

    static let selected: FuzzStage = {
        let name = getenv("LECTERN_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let stage = FuzzStage(rawValue: name) else {
            let names = FuzzStage.allCases.map(\.rawValue).joined(separator: ", ")
            fputs("set LECTERN_FUZZ_TARGET to one of: \(names)\n", stderr)
            exit(2)
        }
        return stage
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .decode: DecodeStage.run(bytes)
        case .gunzip: GunzipStage.run(bytes)
        case .parse: ParseStage.run(bytes)
        case .layout: LayoutStage.run(bytes)
        case .pages: PagesStage.run(bytes)
        case .search: SearchStage.run(bytes)
        case .render: RenderStage.run(bytes)
        case .reader: ReaderStage.run(bytes)
        }
    }
}
