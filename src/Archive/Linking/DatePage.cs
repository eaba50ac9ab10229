namespace Archive.Linking;

/// <summary>A year, month or day page and what is listed on it, in time order.</summary>
public sealed record DatePage(string Url, int Year, int? Month, int? Day, IReadOnlyList<DatedEntry> Entries)
{
    public bool IsYear => Month is null;
    public bool IsMonth => Month is not null && Day is null;
    public bool IsDay => Day is not null;
}
