// The standard library's NFD is public only as SPI; Foundation's (on Linux) would bring all of
// Foundation and ICU into the binary for this one call, and its load time into every command.
@_spi(_Unicode) import Swift

extension Normalization {
    /// The first scalar of `s`'s canonical decomposition: the base letter of "é" is "e".
    static func firstOfDecomposition(_ s: String) -> Unicode.Scalar? {
        var decomposition = s._nfd.makeIterator()
        return decomposition.next()
    }
}
