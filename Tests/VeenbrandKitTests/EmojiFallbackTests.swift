import Foundation
import Testing

@testable import VeenbrandKit

/// Emoji on share cards: in colour where a font has them, left out where none has (never as
/// empty boxes).
@Suite struct EmojiFallbackTests {
    @Test func emojiNoFontHasAreLeftOut() {
        let title = "Vuur 🔥 in de jeugdzorg ❤️ — 3 # ©"
        #expect(EmojiFallback.drawable(title) { _ in true } == title)
        #expect(EmojiFallback.drawable(title) { _ in false } == "Vuur in de jeugdzorg — 3 # ©")
        #expect(EmojiFallback.drawable("👩‍👧 Gezin") { _ in false } == "Gezin", "a sequence goes whole")
        #expect(EmojiFallback.drawable("Geen emoji") { _ in false } == "Geen emoji")
        #expect(EmojiFallback.drawable(title) { _ in nil } == title, "not known: kept")
    }

    @Test func fontconfigsCharsetsAreReadAsRanges() {
        let ranges = EmojiFallback.ranges(fromCharsets: "20-7e a0-17f 1f600\n30-40 7f-9f 1f300-1f5ff\n")
        #expect(ranges == [0x20...0x17f, 0x1f300...0x1f600])
    }

    /// With Debian's colour emoji font (the set-up installs it), a card draws the emoji in colour.
    @Test func aCardDrawsEmojiInColour() throws {
        let fire = try #require(Unicode.Scalar(0x1F525))
        try #require(
            EmojiFallback.installedFontHas(fire) == true, "fonts-noto-color-emoji is installed by scripts/setup.sh")
        let style = ShareCardImageTests.style
        func colourful(_ title: String) throws -> Int {
            let card = try Vips.image(
                "pngload_buffer", ["buffer": .bytes(try ShareCardImage.render(title: title, style: style))])
            let title = try Vips.image(
                "extract_area",
                ["input": .image(card), "left": .int(0), "top": .int(208), "width": .int(1200), "height": .int(320)])
            let pixels = try Vips.pixels(title)
            var count = 0
            for index in stride(from: 0, to: pixels.count - 2, by: title.bands) {
                let (red, green, blue) = (Int(pixels[index]), Int(pixels[index + 1]), Int(pixels[index + 2]))
                if red > 200 && green > 60 && blue < 90 && red - blue > 150 { count += 1 }
            }
            return count
        }
        #expect(try colourful("Vuur") == 0, "white words on the ground")
        #expect(try colourful("Vuur 🔥🔥") > 500)
    }
}
