using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Bench.Results;

namespace Archive.Bench.Preview;

/// <summary>
/// <c>preview-latency --archive BIN --site DIR --edits K</c>: starts <c>archive serve</c> on a free port, waits for
/// its first build, listens to the live-reload stream like an open page, then K times appends a word to one
/// article's body (or, with <c>--edit title</c>, to its title in the front matter) and measures the time from the
/// write to the reload event, and fetches the article's page to see that it shows the edit. Every edited file is
/// restored at the end.
/// </summary>
internal static class PreviewLatencyCommand
{
    public static Command Create()
    {
        var archive = new Option<FileInfo>("--archive") { Required = true, Description = "The archive executable (a Release build, not `dotnet run`)." };
        var site = new Option<DirectoryInfo>("--site") { Required = true, Description = "The site folder (holding input/); its articles are edited and restored." };
        var edits = new Option<int>("--edits", "-k") { DefaultValueFactory = _ => 10, Description = "How many edits to measure." };
        var settle = new Option<int>("--settle-ms") { DefaultValueFactory = _ => 1000, Description = "Quiet time without reload events before each edit." };
        var timeout = new Option<int>("--timeout-s") { DefaultValueFactory = _ => 900, Description = "Longest wait for the first build, and for each reload." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the result here as well as to the terminal." };
        var edit = new Option<string>("--edit")
        {
            DefaultValueFactory = _ => "body",
            Description = "What each edit changes: `body` (a word appended to the body) or `title` (a word appended to the title in the front matter).",
        };
        edit.AcceptOnlyFromAmong("body", "title");
        var command = new Command("preview-latency", "Measure write → reload event → page served with the edit, through `archive serve`.")
        {
            archive, site, edits, settle, timeout, json, edit,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var result = await RunAsync(parse.GetValue(archive)!.FullName, parse.GetValue(site)!.FullName, Math.Max(1, parse.GetValue(edits)),
                TimeSpan.FromMilliseconds(parse.GetValue(settle)), TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(edit) == "title");
            var text = result.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            Console.WriteLine(text);
            if (parse.GetValue(json) is { } file) await File.WriteAllTextAsync(file.FullName, text + "\n", cancellation);
            return result["error"] is null ? 0 : 1;
        });
        return command;
    }

    private static async Task<JsonObject> RunAsync(string archive, string site, int edits, TimeSpan settle, TimeSpan timeout, bool title)
    {
        // A metadata-only article's page does not reproduce its body, so an edit to it would never show.
        var articles = Directory.GetFiles(Path.Combine(site, "input", "articles"), "*.md").Order(StringComparer.Ordinal)
            .Where(f => !File.ReadLines(f).TakeWhile((line, i) => i == 0 || line != "---").Any(line => line.Trim() == "rights: metadata-only"))
            .ToArray();
        var originals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var result = new JsonObject { ["site"] = site, ["articles"] = articles.Length, ["edits"] = edits, ["edit"] = title ? "title" : "body" };
        var log = new StringBuilder();
        await using var serve = ServeProcess.Start(archive, site);
        try
        {
            int? firstPages = null;
            double? firstBuildMs = null;
            var ready = await serve.WaitForAsync(ServeProcess.ServingLine(), timeout, line =>
            {
                log.AppendLine(line);
                if (ServeProcess.BuiltLine().Match(line) is { Success: true } b)
                {
                    firstPages = int.Parse(b.Groups[1].Value, CultureInfo.InvariantCulture);
                    firstBuildMs = double.Parse(b.Groups[2].Value, CultureInfo.InvariantCulture);
                }
            });
            if (ready is null) return Fail(result, "serve did not print its address", log);
            result["ready_ms"] = Ms(serve.StartedAt, ready.Value.At);
            result["first_build_ms"] = firstBuildMs;
            result["first_build_pages"] = firstPages;
            var siteUrl = new Uri(ready.Value.Match.Groups[1].Value);

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            await using var events = new ReloadEvents(http);
            await events.ConnectAsync(siteUrl, TimeSpan.FromSeconds(30));

            var reload = new List<double>();
            var served = new List<double>();
            var rebuild = new List<double>();
            var each = new JsonArray();
            var verified = 0;
            for (var k = 0; k < edits; k++)
            {
                var file = articles[(int)((long)k * articles.Length / edits + articles.Length / (2 * edits)) % articles.Length];
                var id = Path.GetFileNameWithoutExtension(file);
                var stray = await events.SettleAsync(settle);
                originals.TryAdd(file, await File.ReadAllBytesAsync(file));
                var marker = $"benchedit{k}z{Environment.ProcessId}";
                var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
                var edited = Encoding.UTF8.GetBytes(title ? TitleEdit.Append(text, marker) : text.TrimEnd('\n') + " " + marker + "\n");

                var wrote = Stopwatch.GetTimestamp();
                await File.WriteAllBytesAsync(file, edited);
                var arrived = await events.NextAsync(timeout);
                if (arrived is null) return Fail(result, $"no reload event within {timeout.TotalSeconds} s of editing {id}", log);
                var html = await http.GetStringAsync(new Uri(siteUrl, $"articles/{id}/"));
                var fetched = Stopwatch.GetTimestamp();
                var ok = html.Contains(marker, StringComparison.Ordinal);
                if (ok) verified++;
                var build = await serve.WaitForAsync(ServeProcess.BuiltLine(), TimeSpan.FromSeconds(5), line => log.AppendLine(line));

                reload.Add(Ms(wrote, arrived.Value));
                served.Add(Ms(wrote, fetched));
                if (build is not null) rebuild.Add(double.Parse(build.Value.Match.Groups[2].Value, CultureInfo.InvariantCulture));
                each.Add(new JsonObject
                {
                    ["article"] = id,
                    ["reload_ms"] = Math.Round(reload[^1], 1),
                    ["served_ms"] = Math.Round(served[^1], 1),
                    ["rebuild_ms"] = build is null ? null : rebuild[^1],
                    ["page_shows_edit"] = ok,
                    ["events_before"] = stray,
                });
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  edit {k + 1}/{edits} {id}: reload after {reload[^1]:0} ms, page served after {served[^1]:0} ms{(ok ? "" : " WITHOUT the edit")}"));
            }
            result["reload_ms"] = Percentiles(reload);
            result["served_ms"] = Percentiles(served);
            result["rebuild_ms"] = Percentiles(rebuild);
            result["verified"] = verified;
            result["each"] = each;
            if (verified < edits) result["error"] = $"{edits - verified} of {edits} pages did not show their edit after the reload event";
            return result;
        }
        finally
        {
            foreach (var (path, bytes) in originals) await File.WriteAllBytesAsync(path, bytes);
        }
    }

    private static JsonObject Percentiles(List<double> values) => new()
    {
        ["p50"] = values.Count == 0 ? null : Math.Round(Stats.Percentile(values, 50), 1),
        ["p95"] = values.Count == 0 ? null : Math.Round(Stats.Percentile(values, 95), 1),
        ["min"] = values.Count == 0 ? null : Math.Round(values.Min(), 1),
        ["max"] = values.Count == 0 ? null : Math.Round(values.Max(), 1),
    };

    private static JsonObject Fail(JsonObject result, string error, StringBuilder log)
    {
        result["error"] = error;
        result["serve_output"] = log.ToString();
        return result;
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
