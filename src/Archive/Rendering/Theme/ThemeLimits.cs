namespace Archive.Rendering.Theme;

/// <summary>
/// What one page's render may use. A theme is code that editors change in pull requests, so a mistake such as
/// <c>{{ while true }}{{ end }}</c>, a partial that includes itself or a 100 MB string must fail that page with a
/// diagnostic instead of hanging or crashing the build. The defaults leave ample room for real pages.
/// </summary>
public sealed record ThemeLimits
{
    public static readonly ThemeLimits Default = new();

    /// <summary>Loop iterations a page may run, counted over all its loops together.</summary>
    public int LoopIterations { get; init; } = 1_000_000;

    /// <summary>How deeply includes (and functions a template defines) may nest.</summary>
    public int Recursion { get; init; } = 32;

    /// <summary>How deeply nested an object may be when it is turned into text.</summary>
    public int ObjectRecursion { get; init; } = 16;

    /// <summary>The longest text, in characters, that a template may build or print, and the longest page.</summary>
    public int TextLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// How long one page may take to render, by the clock: the backstop behind the other limits. Pages render in
    /// milliseconds, but a clock runs on while the machine is busy with other work, and 5 s failed a sound
    /// 100,000-article build on a machine loaded 15 times over its cores; a minute still stops a runaway theme.
    /// </summary>
    public TimeSpan RenderTime { get; init; } = TimeSpan.FromMinutes(1);
}
