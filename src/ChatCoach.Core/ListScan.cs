namespace ChatCoach.Core;

/// <summary>
/// Scans of short lists that every log runs (its entries, its sets): loops over an index, so that grouping and
/// distinct-counting on the hot path allocate nothing.
/// </summary>
public static class ListScan
{
    /// <summary>True when no item before position <paramref name="n"/> is <paramref name="same"/> as the one at it.</summary>
    public static bool IsFirst<T>(IReadOnlyList<T> items, int n, Func<T, T, bool> same)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(same);
        for (var k = 0; k < n; k++)
        {
            if (same(items[k], items[n]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every item is <paramref name="same"/> as the first (one day, one exercise); an empty list has no one value.</summary>
    public static bool AllSame<T>(IReadOnlyList<T> items, Func<T, T, bool> same)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(same);
        if (items.Count == 0)
        {
            return false;
        }

        for (var n = 1; n < items.Count; n++)
        {
            if (!same(items[0], items[n]))
            {
                return false;
            }
        }

        return true;
    }
}
