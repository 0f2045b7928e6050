/// The first row to show of a list of `count` rows in `height` rows so that row `selected` is
/// on screen, moving as little as possible from `top`: the list and the outline scroll alike.
func scrolledTop(_ top: Int, keeping selected: Int, height: Int, count: Int) -> Int {
    let height = max(1, height)
    var top = top
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    return max(0, min(top, max(0, count - height)))
}
