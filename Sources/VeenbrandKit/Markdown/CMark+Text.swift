import Foundation

/// The plain-Swift helpers of the cmark-gfm wrapper: they read text and addresses, not trees.
extension CMark {
    /// `text` with each run of whitespace made one space, and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || (scalar.value > 127 || scalar.value < 32) && scalar.properties.isWhitespace
            {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a link to `url` could run a script or read a file when clicked: `javascript:`,
    /// `vbscript:`, `file:` and `data:` other than the raster image types.
    static func isDangerous(_ url: String) -> Bool {
        // The scheme as a browser reads it: whitespace and control characters dropped, ASCII
        // letters lowercased (other characters cannot be part of these schemes).
        var scheme: [UInt8] = []
        for scalar in url.unicodeScalars {
            if scalar.value < 33 || scalar.value == 127 || (scalar.value > 127 && scalar.properties.isWhitespace) {
                continue
            }
            let isUpper = (65...90).contains(scalar.value)
            scheme.append(scalar.isASCII ? UInt8(scalar.value) + (isUpper ? 32 : 0) : 0)
            if scheme.count == 15 { break }
        }
        func hasPrefix(_ prefix: String) -> Bool { scheme.starts(with: prefix.utf8) }
        if ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: hasPrefix) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: hasPrefix)
    }
}
