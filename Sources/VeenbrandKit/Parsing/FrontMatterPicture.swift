import Foundation
import Yams

extension FrontMatterReader {
    /// A picture field (`image:`), a file of the site (`/media/foto.jpg`), with its text field
    /// (`imageAlt:`), which it must have: the words a screen reader says instead of the
    /// picture, or `""` when it only decorates. The location is the picture's line, for errors
    /// found later (no such file).
    mutating func picture(_ key: String, text altKey: String) -> (path: String?, alt: String?, location: SourceLocation)
    {
        let location = fields.node(key).map(fields.location(of:)) ?? SourceLocation(path: path)
        guard let node = fields.node(key), let text = fields.string(key) else { return (nil, nil, location) }
        guard let sitePath = SitePath(checking: text), !sitePath.isFolder else {
            fields.fail(
                node,
                "'\(key)' '\(text)' must be a file of the site, like /media/foto.jpg: put the picture in content/media/"
            )
            return (nil, nil, location)
        }
        guard let altNode = fields.node(altKey) else {
            fields.fail(
                BuildError(
                    location,
                    "'\(key)' has no '\(altKey)': describe in a sentence what the picture shows, for readers who "
                        + "cannot see it (or write \(altKey): \"\" if it only decorates the page)",
                    advice: Advice(kind: .noPictureText, field: altKey)))
            return (text, nil, location)
        }
        if let scalar = altNode.scalar, Self.marksDecoration(scalar) { return (text, "", location) }
        guard let alt = fields.string(altKey) else {
            fields.fail(
                BuildError(
                    fields.location(of: altNode),
                    "'\(altKey)' is empty: describe what the picture shows, or write \(altKey): \"\" if it only "
                        + "decorates",
                    advice: Advice(kind: .noPictureText, field: altKey)))
            return (text, nil, location)
        }
        return (text, alt, location)
    }

    /// Whether a picture's text says the picture only decorates: `""` written in the file, or
    /// typed into a CMS's text field (which saves the two quotes as text: `'""'`). An empty
    /// field as a CMS saves one (`''`) is no description, not a decision.
    static func marksDecoration(_ scalar: Node.Scalar) -> Bool {
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return scalar.style == .doubleQuoted }
        return ["\"\"", "“”", "''", "‘’"].contains(text)
    }
}
