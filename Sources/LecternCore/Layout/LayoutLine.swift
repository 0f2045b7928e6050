/// One line of a laid-out article: a decoration prefix, then a run of a passage's text.
public struct LayoutLine: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        case title, titleRule, heading, headingRule, body, listItem, quote, note, link, rule, footerLink, blank
    }

    // The two words first and the bytes after them: a line takes 48 bytes, not 56 (a long
    // article has hundreds of thousands of lines).
    /// Bullets, numbers, quote bars, indentation, footer labels, or the whole of a rule.
    public var prefix: String
    /// The text on this line, or nil when the prefix is all there is.
    public var span: TextSpan?
    public var role: Role
    /// The last line of a block that ends with a colon and is followed by a list: pages keep it
    /// with the list's first item.
    public var introducesList: Bool

    public init(role: Role, prefix: String = "", span: TextSpan? = nil, introducesList: Bool = false) {
        self.role = role
        self.prefix = prefix
        self.span = span
        self.introducesList = introducesList
    }

    /// Headings and the title stay with the text that follows them.
    public var keepsWithNext: Bool {
        role == .heading || role == .headingRule || role == .title || role == .titleRule
    }

    public func text(in passages: [String]) -> Substring {
        guard let span else { return "" }
        return passages[span.passage].utf8Slice(span.range)
    }

    /// The line as plain text: prefix and text, without trailing spaces.
    public func shown(in passages: [String]) -> String {
        var text = prefix + self.text(in: passages)
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension String {
    /// The characters between two UTF-8 offsets that fall on scalar boundaries.
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return self[start..<end]
    }
}
