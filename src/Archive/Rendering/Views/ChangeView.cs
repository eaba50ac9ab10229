namespace Archive.Rendering.Views;

/// <summary>One commit that changed a record's file: when, what its message says, and where it is.</summary>
public sealed record ChangeView
{
    public required DateView Date { get; init; }
    public required string Subject { get; init; }

    /// <summary>The full commit id; <see cref="ShortCommit"/> its first seven digits, as git abbreviates it.</summary>
    public required string Commit { get; init; }

    public required string ShortCommit { get; init; }

    /// <summary>The commit in the site's repository; null when the site names no repository.</summary>
    public string? Url { get; init; }
}
