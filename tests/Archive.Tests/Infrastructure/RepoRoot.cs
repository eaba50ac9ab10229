namespace Archive.Tests.Infrastructure;

/// <summary>The repository the tests run from: the folder holding <c>Archive.sln</c>, found by walking up from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>The seed archive's <c>input/</c> folder. Tests copy it; they never write into the repository.</summary>
    public static string SeedInput => System.IO.Path.Combine(Path, "input");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds Archive.sln");
    }
}
