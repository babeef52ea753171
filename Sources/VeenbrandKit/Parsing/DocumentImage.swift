extension DocumentFields {
    /// `image:`, a file of the site (`/media/foto.jpg`), with its `imageAlt:`, which it must
    /// have: the words a screen reader says instead of the picture, or `""` when it only
    /// decorates. The location is the `image:` line's, for errors found later (no such file).
    mutating func image() -> (path: String?, alt: String?, location: SourceLocation) {
        let location = fields.node("image").map(fields.location(of:)) ?? SourceLocation(path: path)
        guard let node = fields.node("image"), let text = fields.string("image") else { return (nil, nil, location) }
        guard let sitePath = SitePath(checking: text), !sitePath.isFolder else {
            fields.fail(
                node,
                "'image' '\(text)' must be a file of the site, like /media/foto.jpg: put the picture in content/media/")
            return (nil, nil, location)
        }
        guard let altNode = fields.node("imageAlt") else {
            fields.fail(
                location,
                "'image' has no 'imageAlt': describe in a sentence what the picture shows, for readers who cannot "
                    + "see it (or write imageAlt: \"\" if it only decorates the page)")
            return (text, nil, location)
        }
        if altNode.null == nil, altNode.scalar?.string == "" { return (text, "", location) }
        guard let alt = fields.string("imageAlt") else {
            fields.fail(
                altNode,
                "'imageAlt' is empty: describe what the picture shows, or write imageAlt: \"\" if it only decorates")
            return (text, nil, location)
        }
        return (text, alt, location)
    }
}
