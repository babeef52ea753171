import Foundation

/// Where long words of a language may break, by LibreOffice's hyphenation patterns (Debian's
/// `hyphen-nl`: `/usr/share/hyphen/hyph_nl_NL.dic`) as libhyphen reads them. libhyphen is not
/// linked but opened when a site is first rendered, like libvips (`Vips.swift`); without it or
/// without the language's patterns, words are left whole.
final class Hyphenator: @unchecked Sendable {
    /// Words of fewer letters are left whole: they fit a phone's line.
    static let minimumLetters = 12
    /// The fewest letters before and after a break.
    static let leftMinimum: Int32 = 2
    static let rightMinimum: Int32 = 3
    /// Where the patterns are looked for, unless `$VEENBRAND_HYPHEN_DIR` names another folder.
    static let folder = "/usr/share/hyphen"

    private typealias Load = @convention(c) (UnsafePointer<CChar>) -> UnsafeMutableRawPointer?
    private typealias Hyphenate3 =
        @convention(c) (
            UnsafeMutableRawPointer, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<CChar>,
            UnsafeMutablePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
            UnsafeMutablePointer<UnsafeMutablePointer<Int32>?>, UnsafeMutablePointer<UnsafeMutablePointer<Int32>?>,
            Int32, Int32, Int32, Int32
        ) -> Int32

    private let dictionary: UnsafeMutableRawPointer
    private let hyphenate: Hyphenate3
    /// Whether the patterns are in UTF-8 (else ISO 8859-1, as the Dutch ones are).
    private let isUTF8: Bool
    /// The patterns' file and size: a rebuild after they change remakes the pages.
    let identity: String
    /// The breaks of each long word met so far: a site uses the same words on many pages.
    private var known: [Substring: [Int]] = [:]
    private let knownLock = NSLock()

    private init(dictionary: UnsafeMutableRawPointer, hyphenate: Hyphenate3, isUTF8: Bool, identity: String) {
        self.dictionary = dictionary
        self.hyphenate = hyphenate
        self.isUTF8 = isUTF8
        self.identity = identity
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: Hyphenator?] = [:]

    /// The hyphenator of `language` (`nl`, or `nl-BE`), loaded once; nil without libhyphen or
    /// the language's patterns.
    static func forLanguage(_ language: String) -> Hyphenator? {
        lock.withLock {
            if let known = loaded[language] { return known }
            let made = load(language)
            loaded[language] = made
            return made
        }
    }

    private static func load(_ language: String) -> Hyphenator? {
        let folder = ProcessInfo.processInfo.environment["VEENBRAND_HYPHEN_DIR"] ?? Self.folder
        let code = language.replacingOccurrences(of: "-", with: "_")
        let base = code.split(separator: "_").first.map(String.init) ?? code
        let names = ["hyph_\(code).dic", "hyph_\(base)_\(base.uppercased()).dic", "hyph_\(base).dic"]
        guard let path = names.map({ folder + "/" + $0 }).first(where: FileManager.default.isReadableFile),
            let handle = dlopen("libhyphen.so.0", RTLD_NOW), let load = dlsym(handle, "hnj_hyphen_load"),
            let hyphenate = dlsym(handle, "hnj_hyphen_hyphenate3"),
            let dictionary = unsafeBitCast(load, to: Load.self)(path)
        else { return nil }
        let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 32)) ?? nil
        let charset = head.map { String(decoding: $0.prefix { $0 != 10 && $0 != 13 }, as: UTF8.self) } ?? ""
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Hyphenator(
            dictionary: dictionary, hyphenate: unsafeBitCast(hyphenate, to: Hyphenate3.self),
            isUTF8: charset.uppercased() == "UTF-8", identity: "\(path) \(size) \(minimumLetters)")
    }

    /// The positions (in characters, from 1) after which `word`, all letters, may break: none
    /// for a word shorter than `minimumLetters` or with a letter the patterns cannot spell.
    func breaks(in word: Substring) -> [Int] {
        guard word.unicodeScalars.count >= Self.minimumLetters else { return [] }
        if let breaks = knownLock.withLock({ known[word] }) { return breaks }
        let found = lookUp(word)
        knownLock.withLock { known[word] = found }
        return found
    }

    private func lookUp(_ word: Substring) -> [Int] {
        let characters = Array(word)
        guard characters.count >= Self.minimumLetters else { return [] }
        let lower = word.lowercased()
        // One byte per character in ISO 8859-1; in UTF-8, the character each byte belongs to.
        var bytes: [UInt8] = []
        var characterOf: [Int] = []
        for (index, character) in lower.enumerated() {
            let encoded: [UInt8]
            if isUTF8 {
                encoded = Array(String(character).utf8)
            } else {
                guard let latin = String(character).data(using: .isoLatin1), latin.count == 1 else { return [] }
                encoded = Array(latin)
            }
            bytes += encoded
            characterOf += Array(repeating: index, count: encoded.count)
        }
        guard characterOf.last == characters.count - 1 else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let text = bytes.map { CChar(bitPattern: $0) } + [0]
        let failed = text.withUnsafeBufferPointer { word in
            hyphenate(
                dictionary, word.baseAddress!, Int32(bytes.count), &hyphens, nil, &replacements, &positions, &cuts,
                Self.leftMinimum, Self.rightMinimum, Self.leftMinimum, Self.rightMinimum)
        }
        defer {
            if let replacements {
                for index in 0..<bytes.count { free(replacements[index]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        guard failed == 0 else { return [] }
        var found: [Int] = []
        for index in 0..<(bytes.count - 1) where hyphens[index] & 1 == 1 {
            // A break that changes the letters (Dutch "omaatje" → "oma-tje") is no soft hyphen's.
            if let replacements, replacements[index] != nil { continue }
            // Only at the end of a character's bytes.
            guard characterOf[index] != characterOf[index + 1] else { continue }
            found.append(characterOf[index] + 1)
        }
        return found
    }

    /// `text` with a soft hyphen (U+00AD) at each break of its long words; a word with digits,
    /// a web or e-mail address is left whole. Read byte by byte: only the whitespace-separated
    /// tokens that hold a long word are looked at more closely, the rest is copied as it is.
    func softHyphenated(_ text: Substring) -> String {
        let tokens =
            text.utf8.withContiguousStorageIfAvailable { Self.tokensWithLongWords(in: $0) }
            ?? Self.tokensWithLongWords(in: Array(text.utf8))
        guard !tokens.isEmpty else { return String(text) }
        let utf8 = text.utf8
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        var copied = utf8.startIndex
        for range in tokens {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            let token = Substring(utf8[start..<end])
            out += Substring(utf8[copied..<start])
            if ByteSearch.range(of: "://", in: token) != nil || token.utf8.contains(UInt8(ascii: "@"))
                || token.hasPrefix("www.")
            {
                out += token
            } else {
                out += hyphenatedToken(token)
            }
            copied = end
        }
        out += Substring(utf8[copied...])
        return out
    }

    /// The byte ranges of the whitespace-separated tokens of `bytes` (UTF-8) that hold a run of
    /// at least `minimumLetters` letters (a combining mark belongs to the letter before it).
    private static func tokensWithLongWords(in bytes: some RandomAccessCollection<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var tokenStart = 0
        var run = 0
        var hasLongWord = false
        var offset = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            var length = 1
            var isSpace = false
            if lead < 0x80 {
                isSpace = lead == 0x20 || (0x09...0x0D).contains(lead)
                if !isSpace { run = (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A ? run + 1 : 0 }
            } else {
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                var next = bytes.index(after: index)
                for _ in 1..<length where next < bytes.endIndex {
                    value = value << 6 | UInt32(bytes[next] & 0x3F)
                    next = bytes.index(after: next)
                }
                if let scalar = Unicode.Scalar(value) {
                    isSpace = scalar.properties.isWhitespace
                    if !isSpace && !isMark(scalar) { run = scalar.properties.isAlphabetic ? run + 1 : 0 }
                }
            }
            if isSpace {
                if hasLongWord { found.append(tokenStart..<offset) }
                (tokenStart, run, hasLongWord) = (offset + length, 0, false)
            } else if run >= minimumLetters {
                hasLongWord = true
            }
            offset += length
            index = bytes.index(index, offsetBy: length, limitedBy: bytes.endIndex) ?? bytes.endIndex
        }
        if hasLongWord { found.append(tokenStart..<min(offset, bytes.count)) }
        return found
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private func hyphenatedToken(_ token: Substring) -> String {
        var out = ""
        var run = token.startIndex
        var index = token.startIndex
        func word(upTo end: String.Index) {
            let letters = token[run..<end]
            var position = 0
            var breaks = breaks(in: letters)[...]
            for character in letters {
                out.append(character)
                position += 1
                if breaks.first == position {
                    out.append(SoftHyphens.character)
                    breaks = breaks.dropFirst()
                }
            }
        }
        while index < token.endIndex {
            if !token[index].isLetter {
                word(upTo: index)
                out.append(token[index])
                run = token.index(after: index)
            }
            index = token.index(after: index)
        }
        word(upTo: token.endIndex)
        return out
    }
}
