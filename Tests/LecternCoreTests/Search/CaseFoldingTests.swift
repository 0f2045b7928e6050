import Testing
@testable import LecternCore

@Suite struct CaseFoldingTests {
    @Test func foldsAcrossScripts() {
        func fold(_ s: Unicode.Scalar) -> UInt32 { CaseFolding.fold(s).value }
        #expect(fold("A") == 0x61)
        #expect(fold("É") == 0xE9)
        #expect(fold("Σ") == 0x3C3)
        #expect(fold("ς") == 0x3C3)  // final sigma folds with σ
        #expect(fold("Ж") == 0x436)
        #expect(fold("ẞ") == 0xDF)  // capital sharp s folds to ß
        #expect(fold("ß") == 0xDF)  // but ß is not folded to "ss": folds stay one scalar
        #expect(fold("ſ") == 0x73)
        #expect(fold("漢") == 0x6F22)
    }

    @Test func variantsIncludeUpperTitleAndIrregularForms() {
        let sigma = CaseFolding.variants(of: "σ").map(\.value).sorted()
        #expect(sigma == [0x3A3, 0x3C2, 0x3C3])
        let dz = CaseFolding.variants(of: "ǆ").map(\.value).sorted()
        #expect(dz == [0x1C4, 0x1C5, 0x1C6])
        #expect(CaseFolding.variants(of: "k").map(\.value).sorted() == [0x4B, 0x6B, 0x212A])
        #expect(CaseFolding.variants(of: "7").map(\.value) == [0x37])
    }

    /// Re-derives the irregular table from the folding rule over all of Unicode: every cased
    /// scalar must be among the variants of its fold, and folding must be idempotent.
    @Test func everyScalarIsAVariantOfItsFold() {
        var missing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
            let folded = CaseFolding.fold(scalar)
            #expect(CaseFolding.fold(folded) == folded)
            if !CaseFolding.variants(of: folded).contains(scalar) { missing.append(value) }
        }
        #expect(missing == [])
    }
}
