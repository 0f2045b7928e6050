/// What a person asks the reader to do; keys map to these through the key map of each screen.
/// Every screen's `update` switches over all of them, so a new command is handled or
/// explicitly ignored everywhere.
public enum Command: Sendable, Equatable, CaseIterable {
    case nextPage, previousPage, halfPageDown, halfPageUp, lineDown, lineUp, top, bottom, percent
    case open
    case followNext, followPrevious, back, forward
    case search, nextMatch, previousMatch, clearSearch
    case setMark, goToMark
    case edit
    case filter, searchLibrary
    case outline
    case narrower, wider
    case reload
    case close, quit, help, redraw
}
