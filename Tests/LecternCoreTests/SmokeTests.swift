import Testing
@testable import LecternCore

@Test func textPositionsOrderByPassageThenOffset() {
    #expect(TextPosition(passage: 0, offset: 9) < TextPosition(passage: 1, offset: 0))
}
