/// The simple, scalar-to-scalar case folding that search uses.
///
/// A scalar folds to the lower case of its upper case, when each of those is a single scalar
/// (so "ς" and "σ" both fold to "σ", "ſ" to "s"); otherwise to its own lower case when that
/// is a single scalar; otherwise to itself. Scalars never fold to several scalars, so a match
/// in folded terms is a match of the original scalars and offsets stay valid.
enum CaseFolding {
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return Unicode.Scalar(ASCII.lowercased(UInt8(scalar.value))) }
        let properties = scalar.properties
        guard properties.changesWhenCaseMapped else { return scalar }
        let upper = single(properties.uppercaseMapping) ?? scalar
        return single(upper.properties.lowercaseMapping) ?? single(properties.lowercaseMapping) ?? scalar
    }

    /// Every scalar whose fold is `folded` (which must be a fold itself), `folded` first.
    static func variants(of folded: Unicode.Scalar) -> [Unicode.Scalar] {
        var candidates = [folded]
        if let upper = single(folded.properties.uppercaseMapping) { candidates.append(upper) }
        if let title = single(folded.properties.titlecaseMapping) { candidates.append(title) }
        candidates += irregularScalars.compactMap(Unicode.Scalar.init)
        var variants: [Unicode.Scalar] = []
        for candidate in candidates where fold(candidate) == folded && !variants.contains(candidate) {
            variants.append(candidate)
        }
        return variants
    }

    /// The scalars that fold to something other than themselves but are neither the upper case
    /// nor the title case of what they fold to, so `variants(of:)` cannot find them by mapping
    /// back. Derived by enumerating all scalars with the rule above; a test re-derives it.
    static let irregularScalars: [UInt32] = [
        0x00B5, 0x0131, 0x017F, 0x0345, 0x03C2, 0x03D0, 0x03D1, 0x03D5, 0x03D6, 0x03F0,
        0x03F1, 0x03F4, 0x03F5, 0x1C80, 0x1C81, 0x1C82, 0x1C83, 0x1C84, 0x1C85, 0x1C86,
        0x1C87, 0x1C88, 0x1E9B, 0x1E9E, 0x1FBE, 0x2126, 0x212A, 0x212B,
    ]

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }
}
