namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Optimal-string-alignment distance as a typist's slips: a missing, extra or swapped letter costs 1, a letter
/// replaced by a neighbouring key on a QWERTY keyboard costs 1, any other replacement costs 2.
/// </summary>
public static class KeyboardDistance
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Three rows of the distance table (optimal string alignment looks two rows back for swaps).
        var width = b.Length + 1;
        Span<int> table = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var before = table[..width];
        var previous = table.Slice(width, width);
        var current = table.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : Adjacent(a[i - 1], b[j - 1]) ? 1 : 2;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }

                current[j] = best;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>Whether two letters are neighbouring keys (same row, or touching in the row above or below).</summary>
    public static bool Adjacent(char x, char y)
    {
        var (rx, cx) = Position(x);
        var (ry, cy) = Position(y);
        if (rx < 0 || ry < 0)
        {
            return false;
        }

        if (rx == ry)
        {
            return Math.Abs(cx - cy) == 1;
        }

        // Rows are staggered: a key touches the keys at the same index and one to the right in the row above.
        return (ry == rx - 1 && (cy == cx || cy == cx + 1)) || (rx == ry - 1 && (cx == cy || cx == cy + 1));
    }

    private static (int Row, int Column) Position(char c)
    {
        for (var r = 0; r < Rows.Length; r++)
        {
            var column = Rows[r].IndexOf(c, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (r, column);
            }
        }

        return (-1, -1);
    }
}
