/// What a person asks the reader to do; keys map to these through the key map.
public enum Command: Sendable, Equatable {
    case nextPage, previousPage, halfPageDown, halfPageUp, lineDown, lineUp, top, bottom
    case open
    case followNext, followPrevious, back, forward
    case search, nextMatch, previousMatch, clearSearch
    case filter, searchLibrary
    case closeArticle, quit, help, redraw
}
