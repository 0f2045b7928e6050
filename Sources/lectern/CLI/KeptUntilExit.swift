/// Keeps `value` alive until the process ends, for a command that ends next: the system takes
/// back the memory at once, where freeing a library's ten thousand entries or a long article's
/// passages one by one costs a tenth of the listing and a few milliseconds on one core.
func keepUntilExit(_ value: Any) {
    _ = Unmanaged.passRetained(Kept(value))
}

private final class Kept {
    let value: Any
    init(_ value: Any) { self.value = value }
}
