using SkiaSharp;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>The icons in the built package meet Teams' rules (sizes; outline white on fully transparent).</summary>
[Collection(AppPackageGroup.Name)]
public sealed class AppIconTests(BuiltAppPackage package)
{
    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_Size_IsWhatTeamsRequires(string file, int size)
    {
        using var codec = SKCodec.Create(Path.Combine(package.Unpacked, file));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal(new SKSizeI(size, size), codec.Info.Size);
    }

    [Fact]
    public void OutlineIcon_Pixels_AreOnlyWhiteOrFullyTransparent()
    {
        using var icon = Decode("outline.png");
        var pixels = icon.Pixels;
        var notWhite = pixels.Where(p => p.Alpha > 0 && (p.Red, p.Green, p.Blue) != (255, 255, 255)).ToList();
        Assert.Empty(notWhite);
        Assert.Contains(pixels, p => p.Alpha == 0);
        Assert.Contains(pixels, p => p.Alpha == 255);
        Assert.True(icon.GetPixel(0, 0).Alpha == 0 && icon.GetPixel(31, 31).Alpha == 0, "the background must be transparent");
    }

    [Fact]
    public void ColorIcon_Background_IsSolidInTheAccentColourWithTheSymbolInTheMiddle()
    {
        using var icon = Decode("color.png");
        var accent = SKColor.Parse((string?)package.ManifestJson["accentColor"]);
        Assert.All(new[] { icon.GetPixel(0, 0), icon.GetPixel(191, 0), icon.GetPixel(0, 191), icon.GetPixel(191, 191), icon.GetPixel(40, 96) }, p => Assert.Equal(accent, p));
        Assert.All(icon.Pixels, p => Assert.Equal(255, p.Alpha));
        Assert.Contains(icon.Pixels, p => p == SKColors.White);
        // The 48 px padding around the 96x96 symbol holds nothing but the background.
        var padding = Enumerable.Range(0, 192).SelectMany(y => Enumerable.Range(0, 192).Select(x => (x, y)))
            .Where(c => c.x < 48 || c.x >= 144 || c.y < 48 || c.y >= 144);
        Assert.All(padding, c => Assert.Equal(accent, icon.GetPixel(c.x, c.y)));
    }

    private SKBitmap Decode(string file)
    {
        using var codec = SKCodec.Create(Path.Combine(package.Unpacked, file));
        var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Unpremul));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(bitmap.Info, bitmap.GetPixels()));
        return bitmap;
    }
}
