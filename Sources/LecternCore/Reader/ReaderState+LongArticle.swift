/// A long article is shown before all of it is laid out: its opening while its file is parsed,
/// or the lines around the place being read after a resize. The whole is laid out in the
/// background (`.layOut`) and swapped in when it comes (`.laidOut`), the place kept. Keys the
/// partial layout cannot answer as the whole would wait for it, and every key after them; keys
/// that need only the place being read (back to the list, quit) are answered at once, and the
/// whole layout of an article left is cancelled.
extension ReaderState {
    /// Whether a long article opened by `request` may be shown from its opening: a visit from its
    /// start (or the place it was left) with no search to run, which needs the whole.
    public func opensFromOpening(_ request: LoadRequest) -> Bool {
        request.reason == .visit && request.position == .start && request.query == nil
    }

    /// Whether `opening` can be shown for `request` (see `openingView`).
    public func canShow(opening: Article, for request: LoadRequest) -> Bool {
        openingView(opening, request) != nil
    }

    /// The opening's first page, or the page where the article was left when that is in the
    /// opening, unchanged; nil when the whole is needed.
    private func openingView(_ opening: Article?, _ request: LoadRequest) -> ArticleView? {
        guard opensFromOpening(request), let opening,
              var view = ArticleView(opening: opening, measure: columnWidth, textRows: textRows) else { return nil }
        guard let record = memory[request.id] else { return view }
        guard let place = record.place.unchangedPosition(in: view.document) else { return nil }
        view.go(toLine: view.layout.lineIndex(containing: place))
        return view.isExact ? view : nil
    }

    mutating func showOpening(_ source: ArticleSource, _ opening: Article?, _ request: LoadRequest) -> [ReaderEffect] {
        guard let view = openingView(opening, request) else {
            // The whole first: to resume past the opening, or when the opening is too short to fill a page.
            do throws(LibraryError) {
                return show(library.resolvingLinks(of: try source.article()), request)
            } catch {
                return update(.loadFailed(error.description, request))
            }
        }
        // `present` goes to where the article was left, as for any article (in the opening, as checked).
        present(view, request)
        return requestWhole(.file(source))
    }

    /// After the article on screen was set for a new size: asks for its whole layout when only
    /// the lines around the place being read could be set at once, unless one for this size is
    /// on its way. (An opening is set again when its whole comes, if that is for another size.)
    mutating func layOutWhole() -> [ReaderEffect] {
        guard let view = screen.article?.view else { return [] }
        switch view.coverage {
        case .whole:
            awaitedLayout = nil
            return []
        case .opening:
            return []
        case .around:
            if let awaitedLayout, awaitedLayout.measure == columnWidth, awaitedLayout.textRows == textRows { return [] }
            return requestWhole(.article(view.article))
        }
    }

    private mutating func requestWhole(_ source: LayoutRequest.Source) -> [ReaderEffect] {
        layoutSerial += 1
        let request = LayoutRequest(serial: layoutSerial, source: source, measure: columnWidth, textRows: textRows)
        awaitedLayout = request
        return [.layOut(request)]
    }

    /// The whole layout in place of the partial one; then the keys that waited for it, in order.
    mutating func complete(_ serial: Int, _ result: Result<TypesetArticle, LibraryError>) -> [ReaderEffect] {
        guard let awaited = awaitedLayout, awaited.serial == serial, let view = screen.article?.view else { return [] }
        awaitedLayout = nil
        switch result {
        case .failure(let error):
            // Past its opening, the file is not text (or could not be read): as a failed load.
            screen = .library
            waiting = []
            return update(.loadFailed(error.description, LoadRequest(id: view.article.id)))
        case .success(var typeset):
            guard typeset.article.id == view.article.id else { return [] }
            typeset.article = library.resolvingLinks(of: typeset.article)
            // Set for another size if the terminal was resized meanwhile: then perhaps asked for again.
            screen.complete(with: typeset, atOnce: linesLaidOutAtOnce)
            var work = layOutWhole()
            let held = waiting
            waiting = []
            for event in held { work += update(event) }
            return work
        }
    }

    /// Whether `event` (a key or a click) waits for the whole layout, or for the library being
    /// read; if so it joins `waiting`.
    mutating func waits(_ event: ReaderEvent) -> Bool {
        let mustWait: Bool
        if !waiting.isEmpty {
            mustWait = true  // behind a key that waits
        } else if let article = screen.article, !article.view.isComplete {
            mustWait = !screen.answersBeforeWhole(event)
        } else if isReadingLibrary, case .key(let key) = event, case .article(let article) = screen {
            mustWait = article.followsUnresolvedLink(key)
        } else {
            mustWait = false
        }
        if mustWait { waiting.append(event) }
        return mustWait
    }

    /// The article on screen is left for good (for the list, or for another article now shown):
    /// the whole layout asked for it is wanted no more.
    mutating func dropAwaitedLayout() -> [ReaderEffect] {
        guard awaitedLayout != nil else { return [] }
        awaitedLayout = nil
        return [.cancelLayOut]
    }

    /// Where `view` is, to record on leaving it, and how far in (percent of the text above the
    /// bottom of the screen). Over a partial layout the share is the text's, not the lines':
    /// around the place, of the whole text; in an opening, whose text is the start of the
    /// whole's (the same offsets), of the file's size, which stands for the whole text's length
    /// until that is known (it is the text with its markup and blank lines: a little longer).
    func placeToRecord(in view: ArticleView) -> (place: RememberedPlace, percent: Int) {
        var place = RememberedPlace(view.position, in: view.document)
        switch view.coverage {
        case .whole:
            return (place, view.percent)
        case .around:
            return (place, place.offset * 100 / max(1, place.length))
        case .opening:
            if case .file(let file) = awaitedLayout?.source { place.length = max(place.length, file.size) }
            let bottom = TextOffsets(view.document).offset(of: view.layout.position(atLine: view.visibleEnd))
            return (place, bottom * 100 / max(1, place.length))
        }
    }
}
