using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Archive.Bench.Results;

/// <summary>
/// <c>summarize</c>: reads a run's <c>raw.jsonl</c> (and the preview measurements), writes the results JSON and the
/// Markdown table that bench/README.md shows. Only measured runs (not the warm-up) count; a ratio is taken per
/// pair (Archive run i over Hugo run i, measured back to back), so machine noise that hits both cancels out.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var raw = new Option<FileInfo>("--raw") { Required = true };
        var preview = new Option<string[]>("--preview") { Description = "SIZE=FILE: a preview-latency result for that size.", AllowMultipleArgumentsPerToken = true };
        var previewTitle = new Option<string[]>("--preview-title") { Description = "SIZE=FILE: a preview-latency result of title edits for that size.", AllowMultipleArgumentsPerToken = true };
        var corpus = new Option<string[]>("--corpus") { Description = "SIZE=FILE: the corpus.json of that size.", AllowMultipleArgumentsPerToken = true };
        var meta = new Option<string[]>("--meta") { Description = "KEY=VALUE pairs recorded as they are (command, commit, load, …).", AllowMultipleArgumentsPerToken = true };
        var json = new Option<FileInfo>("--json") { Required = true };
        var markdown = new Option<FileInfo>("--markdown") { Required = true };
        var command = new Command("summarize", "Turn raw measurements into results JSON and a Markdown table.") { raw, preview, previewTitle, corpus, meta, json, markdown };
        command.SetAction(parse =>
        {
            var records = File.ReadAllLines(parse.GetValue(raw)!.FullName)
                .Where(l => l.Trim().Length > 0)
                .Select(l => JsonSerializer.Deserialize<RunRecord>(l, RunRecord.Json)!)
                .ToList();
            var previews = Pairs(parse.GetValue(preview)).ToDictionary(p => int.Parse(p.Key, CultureInfo.InvariantCulture), p => JsonNode.Parse(File.ReadAllText(p.Value)));
            var titlePreviews = Pairs(parse.GetValue(previewTitle)).ToDictionary(p => int.Parse(p.Key, CultureInfo.InvariantCulture), p => JsonNode.Parse(File.ReadAllText(p.Value)));
            var corpora = Pairs(parse.GetValue(corpus)).ToDictionary(p => int.Parse(p.Key, CultureInfo.InvariantCulture), p => JsonNode.Parse(File.ReadAllText(p.Value)));
            var metaPairs = Pairs(parse.GetValue(meta)).ToList();

            var result = new JsonObject();
            var metaObject = new JsonObject();
            foreach (var (k, v) in metaPairs) metaObject[k] = v;
            result["meta"] = metaObject;
            var sizes = new JsonArray();
            var md = new StringBuilder();
            md.AppendLine("| articles | tool | cold build wall, s (min / **median** / max) | CPU user+sys, s (median) | peak RSS, MB (median) | Archive ÷ Hugo, wall (median of pairs; range); CPU | Archive ÷ Hugo, RSS | HTML pages | files | output, MB | largest page, KB |");
            md.AppendLine("|---:|---|---|---:|---:|---|---|---:|---:|---:|---:|");
            var notes = new StringBuilder();
            foreach (var size in records.Select(r => r.Size).Distinct().Order())
            {
                var entry = new JsonObject { ["articles"] = size };
                if (corpora.TryGetValue(size, out var c)) entry["corpus"] = c?.DeepClone();
                var measured = records.Where(r => r.Size == size && r.Run > 0).ToList();
                var archive = measured.Where(r => r.Tool == "archive").OrderBy(r => r.Run).ToList();
                var hugo = measured.Where(r => r.Tool == "hugo").OrderBy(r => r.Run).ToList();
                entry["archive"] = ToolJson(archive);
                entry["hugo"] = ToolJson(hugo);
                entry["warm_up"] = new JsonArray([.. records.Where(r => r.Size == size && r.Run == 0)
                    .Select(r => (JsonNode)JsonSerializer.SerializeToNode(r, RunRecord.Json)!)]);
                var pairs = archive.Where(a => a.Succeeded)
                    .Join(hugo.Where(h => h.Succeeded), a => a.Run, h => h.Run, (a, h) => (Wall: a.WallSeconds / h.WallSeconds, Rss: (double)a.MaxRssKb / h.MaxRssKb,
                        Cpu: (a.UserSeconds + a.SystemSeconds) / (h.UserSeconds + h.SystemSeconds)))
                    .ToList();
                var wallRatio = Stats.Of(pairs.Select(p => p.Wall));
                var rssRatio = Stats.Of(pairs.Select(p => p.Rss));
                var cpuRatio = Stats.Of(pairs.Select(p => p.Cpu));
                entry["ratio_wall"] = StatsJson(wallRatio, 3);
                entry["ratio_rss"] = StatsJson(rssRatio, 3);
                entry["ratio_cpu"] = StatsJson(cpuRatio, 3);
                if (previews.TryGetValue(size, out var p)) entry["preview"] = p?.DeepClone();
                if (titlePreviews.TryGetValue(size, out var t)) entry["preview_title"] = t?.DeepClone();
                sizes.Add(entry);

                var ratioWall = wallRatio is null ? "–" : F($"**{wallRatio.Median:0.00}** ({wallRatio.Min:0.00}–{wallRatio.Max:0.00}); CPU {cpuRatio!.Median:0.00}");
                var ratioRss = rssRatio is null ? "–" : F($"{rssRatio.Median:0.00}");
                var tried = records.Where(r => r.Size == size).ToList();
                if (tried.Any(r => r.Tool == "archive")) md.AppendLine(Row(size, "Archive", archive, ratioWall, ratioRss));
                if (tried.Any(r => r.Tool == "hugo")) md.AppendLine(Row(size, "Hugo", hugo, "", ""));
                var failed = tried.Where(r => !r.Succeeded).ToList();
                foreach (var f in failed)
                {
                    notes.AppendLine(F($"- {size:N0} articles, {f.Tool} {(f.Run == 0 ? "warm-up" : $"run {f.Run}")}: {f.Killed ?? $"exit status {f.ExitStatus}"} after {f.WallSeconds:0.0} s at {f.MaxRssKb / 1024.0:0} MB."));
                }
                if (archive.Where(r => r.Succeeded && r.Stages.Count > 0).ToList() is { Count: > 0 } staged)
                {
                    var stages = staged[0].Stages.Select(s => s.Stage).ToList();
                    var parts = stages.Select(s => F($"{s} {Stats.Of(staged.SelectMany(r => r.Stages).Where(x => x.Stage == s).Select(x => x.Ms))!.Median / 1000:0.0} s"));
                    notes.AppendLine(F($"- {size:N0} articles, Archive's stages (`--verbose`, median): {string.Join(" · ", parts)}."));
                }
                if (p is not null)
                {
                    notes.AppendLine(F($"- {size:N0} articles, preview (`archive serve`): write → reload event p50 **{(double)p["reload_ms"]!["p50"]!:0} ms**, p95 {(double)p["reload_ms"]!["p95"]!:0} ms over {(int)p["edits"]!} edits; changed page served with the edit {(int)p["verified"]!}/{(int)p["edits"]!}; first build of serve {(double)p["first_build_ms"]! / 1000:0.0} s (ready to serve after {(double)p["ready_ms"]! / 1000:0.0} s)."));
                }
                if (t is not null)
                {
                    notes.AppendLine(F($"- {size:N0} articles, preview of front-matter edits (a word appended to an article's title): write → reload event p50 **{(double)t["reload_ms"]!["p50"]!:0} ms**, p95 {(double)t["reload_ms"]!["p95"]!:0} ms over {(int)t["edits"]!} edits; changed page served with the edit {(int)t["verified"]!}/{(int)t["edits"]!}."));
                }
            }
            result["sizes"] = sizes;
            File.WriteAllText(parse.GetValue(json)!.FullName, result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

            var text = new StringBuilder();
            foreach (var (k, v) in metaPairs.Where(m => m.Key is "date" or "command" or "commit" or "corpus" or "machine" or "load"))
            {
                text.AppendLine(k == "command" ? $"- {k}: `{v}`" : $"- {k}: {v}");
            }
            text.AppendLine().Append(md);
            if (notes.Length > 0) text.AppendLine().Append(notes);
            File.WriteAllText(parse.GetValue(markdown)!.FullName, text.ToString());
            Console.Write(text);
            return 0;
        });
        return command;
    }

    private static string Row(int size, string tool, List<RunRecord> runs, string ratioWall, string ratioRss)
    {
        var ok = runs.Where(r => r.Succeeded).ToList();
        var wall = Stats.Of(ok.Select(r => r.WallSeconds));
        var rss = Stats.Of(ok.Select(r => r.MaxRssKb / 1024.0));
        var cpu = Stats.Of(ok.Select(r => r.UserSeconds + r.SystemSeconds));
        var last = ok.LastOrDefault();
        var failed = runs.Count - ok.Count;
        var wallText = wall is null ? "did not finish (see below)" : F($"{wall.Min:0.00} / **{wall.Median:0.00}** / {wall.Max:0.00}") + (failed > 0 ? F($" ({failed} failed)") : "");
        return F($"| {size:N0} | {tool} | {wallText} | {(cpu is null ? "–" : F($"{cpu.Median:0.0}"))} | {(rss is null ? "–" : F($"{rss.Median:0}"))} | {ratioWall} | {ratioRss} | {last?.HtmlPages.ToString("N0", CultureInfo.InvariantCulture) ?? "–"} | {last?.Files.ToString("N0", CultureInfo.InvariantCulture) ?? "–"} | {(last is null ? "–" : F($"{last.Bytes / 1048576.0:0}"))} | {(last is null ? "–" : F($"{last.LargestHtmlBytes / 1024.0:0} `{last.LargestHtml}`"))} |");
    }

    private static JsonObject ToolJson(List<RunRecord> runs)
    {
        var ok = runs.Where(r => r.Succeeded).ToList();
        var last = ok.LastOrDefault();
        return new JsonObject
        {
            ["runs"] = runs.Count,
            ["succeeded"] = ok.Count,
            ["wall_s"] = StatsJson(Stats.Of(ok.Select(r => r.WallSeconds)), 2),
            ["user_s"] = StatsJson(Stats.Of(ok.Select(r => r.UserSeconds)), 2),
            ["system_s"] = StatsJson(Stats.Of(ok.Select(r => r.SystemSeconds)), 2),
            ["cpu_s"] = StatsJson(Stats.Of(ok.Select(r => r.UserSeconds + r.SystemSeconds)), 2),
            ["max_rss_mb"] = StatsJson(Stats.Of(ok.Select(r => r.MaxRssKb / 1024.0)), 0),
            ["html_pages"] = last?.HtmlPages,
            ["files"] = last?.Files,
            ["bytes"] = last?.Bytes,
            ["largest_html"] = last?.LargestHtml,
            ["largest_html_bytes"] = last?.LargestHtmlBytes,
            ["stages_median_ms"] = StagesJson(ok),
            ["each"] = new JsonArray([.. runs.Select(r => (JsonNode)JsonSerializer.SerializeToNode(r, RunRecord.Json)!)]),
        };
    }

    private static JsonObject? StagesJson(List<RunRecord> runs)
    {
        if (runs.Count == 0 || runs[0].Stages.Count == 0) return null;
        var o = new JsonObject();
        foreach (var stage in runs[0].Stages.Select(s => s.Stage))
        {
            o[stage] = Stats.Of(runs.SelectMany(r => r.Stages).Where(s => s.Stage == stage).Select(s => s.Ms))!.Median;
        }
        return o;
    }

    private static JsonObject? StatsJson(Stats? s, int digits) => s is null ? null : new JsonObject
    {
        ["min"] = Math.Round(s.Min, digits),
        ["median"] = Math.Round(s.Median, digits),
        ["max"] = Math.Round(s.Max, digits),
        ["n"] = s.Count,
    };

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string[]? values) =>
        (values ?? []).Select(v =>
        {
            var eq = v.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ArgumentException($"expected KEY=VALUE, got `{v}`");
            return new KeyValuePair<string, string>(v[..eq], v[(eq + 1)..]);
        });

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
