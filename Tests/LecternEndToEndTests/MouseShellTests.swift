import CNcursesw
import LecternCore
import Testing
@testable import lectern

/// The shell's side of the mouse, without a terminal.
@Suite struct MouseShellTests {
    @Test func ncursesButtonStatesBecomeMouseEvents() {
        #expect(MouseReporting.event(buttons: lectern_mouse_wheel_up(), row: 4, column: 9) == MouseEvent(.wheelUp, row: 4, column: 9))
        #expect(MouseReporting.event(buttons: lectern_mouse_wheel_down(), row: 0, column: 0) == MouseEvent(.wheelDown, row: 0, column: 0))
        #expect(MouseReporting.event(buttons: lectern_mouse_button1_pressed(), row: 2, column: 3) == MouseEvent(.click, row: 2, column: 3))
        #expect(MouseReporting.event(buttons: lectern_mouse_button1_clicked(), row: 2, column: 3)?.action == .click)
        #expect(MouseReporting.event(buttons: 0, row: 2, column: 3) == nil)
    }

    @Test func keysAreNotMouseInput() throws {
        let window = try #require(UnsafeMutablePointer<WINDOW>(bitPattern: 1))
        // Returns before touching the window: neither is a mouse report.
        #expect(MouseReporting.input(status: OK, value: 0x61, window: window) == nil)
        #expect(MouseReporting.input(status: KEY_CODE_YES, value: UInt32(KEY_DOWN), window: window) == nil)
    }
}
