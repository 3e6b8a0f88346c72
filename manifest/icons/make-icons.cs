#:package SkiaSharp
#:package SkiaSharp.NativeAssets.Linux.NoDependencies
#:property PublishAot=false

// Draws the Teams app icons: manifest/color.png (192x192, a white shield with a "V" check mark on the accent colour,
// the symbol in the middle 96x96 with 48 px padding, square corners) and manifest/outline.png (32x32, the same shield
// as white lines on a fully transparent background, no padding).
// Run from the repository root: dotnet run manifest/icons/make-icons.cs
using SkiaSharp;

const string Accent = "#1F5FAD"; // keep equal to accentColor in manifest/manifest.json
var folder = args.Length > 0 ? args[0] : "manifest";

// The shield and the V are drawn in a unit square, scaled into each icon's box.
static SKPoint At(SKRect box, float x, float y) => new(box.Left + (x * box.Width), box.Top + (y * box.Height));

static SKPath Shield(SKRect box)
{
    var path = new SKPath();
    path.MoveTo(At(box, 0.5f, 0f));
    path.LineTo(At(box, 0.94f, 0.14f));
    path.LineTo(At(box, 0.94f, 0.46f));
    path.CubicTo(At(box, 0.94f, 0.74f), At(box, 0.74f, 0.91f), At(box, 0.5f, 1f));
    path.CubicTo(At(box, 0.26f, 0.91f), At(box, 0.06f, 0.74f), At(box, 0.06f, 0.46f));
    path.LineTo(At(box, 0.06f, 0.14f));
    path.Close();
    return path;
}

static SKPath CheckV(SKRect box)
{
    var path = new SKPath();
    path.MoveTo(At(box, 0.3f, 0.36f));
    path.LineTo(At(box, 0.5f, 0.72f));
    path.LineTo(At(box, 0.7f, 0.36f));
    return path;
}

static SKPaint Stroke(SKColor color, float width) => new()
{
    Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width,
    StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round,
};

static void Save(SKBitmap bitmap, string path)
{
    using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
    File.WriteAllBytes(path, data.ToArray());
    Console.WriteLine($"{path}: {bitmap.Width}x{bitmap.Height}");
}

var accent = SKColor.Parse(Accent);

// Colour icon: opaque accent square, white shield, accent V.
using (var color = new SKBitmap(new SKImageInfo(192, 192, SKColorType.Rgba8888, SKAlphaType.Premul)))
using (var canvas = new SKCanvas(color))
{
    canvas.Clear(accent);
    var symbol = new SKRect(48, 48, 144, 144);
    using var fill = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
    using var shield = Shield(symbol);
    canvas.DrawPath(shield, fill);
    using var v = CheckV(symbol);
    using var stroke = Stroke(accent, 11);
    canvas.DrawPath(v, stroke);
    Save(color, Path.Combine(folder, "color.png"));
}

// Outline icon: white lines only. Drawn as coverage, then written as pure white with that coverage as alpha, so
// every pixel is white (255,255,255) or fully transparent, also at anti-aliased edges.
using (var mask = new SKBitmap(new SKImageInfo(32, 32, SKColorType.Rgba8888, SKAlphaType.Premul)))
using (var outline = new SKBitmap(new SKImageInfo(32, 32, SKColorType.Rgba8888, SKAlphaType.Unpremul)))
{
    using (var canvas = new SKCanvas(mask))
    {
        canvas.Clear(SKColors.Transparent);
        var symbol = new SKRect(1.5f, 1f, 30.5f, 31f);
        using var shield = Shield(symbol);
        using var line = Stroke(SKColors.White, 2.2f);
        canvas.DrawPath(shield, line);
        using var v = CheckV(symbol);
        using var stroke = Stroke(SKColors.White, 3f);
        canvas.DrawPath(v, stroke);
    }

    for (var y = 0; y < 32; y++)
    {
        for (var x = 0; x < 32; x++)
        {
            var alpha = mask.GetPixel(x, y).Alpha;
            outline.SetPixel(x, y, alpha == 0 ? SKColors.Transparent : new SKColor(255, 255, 255, alpha));
        }
    }

    Save(outline, Path.Combine(folder, "outline.png"));
}
