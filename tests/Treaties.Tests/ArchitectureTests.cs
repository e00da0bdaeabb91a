using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Treaties.Tests;

/// <summary>
/// The core's folders depend on each other as docs/architecture.md draws them, and on nothing more: the test compiles
/// src/Treaties with Roslyn, finds for every name in its code the folder that declares the type it binds to, and compares
/// the folders' dependencies with the plan. A new dependency, and so a new cycle, fails until the plan and the page say it.
/// </summary>
public class ArchitectureTests
{
    /// <summary>
    /// The plan: each folder and the folders it may use. <c>(root)</c> is the catalog, its treaties, builders and
    /// rules. Its two cycles are the ones the page names: a <c>Treaty</c> hands out answers that name their
    /// <c>Treaty</c>, and loading JSON builds through the root's builders.
    /// </summary>
    private static readonly Dictionary<string, string[]> Plan = new()
    {
        ["Common"] = [],
        ["Localization"] = [],
        ["Model"] = ["Common", "Localization"],
        ["Indexing"] = ["Common", "Model"],
        ["Answers"] = ["(root)", "Common", "Indexing", "Model"],
        ["Serialization"] = ["(root)", "Model"],
        ["(root)"] = ["Answers", "Common", "Indexing", "Localization", "Model", "Serialization"],
    };

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Dependencies = new(ReadDependencies);

    [Fact]
    public void CoreFolders_DependOnlyAsPlanned()
    {
        var unplanned = Dependencies.Value
            .SelectMany(kv => kv.Value.Select(to => (From: kv.Key, To: to)))
            .Where(d => !Plan.TryGetValue(d.From, out string[]? allowed) || !allowed.Contains(d.To))
            .Select(d => $"{d.From} -> {d.To}")
            .ToArray();

        string[] absent = [.. Plan.SelectMany(kv => kv.Value.Select(to => (From: kv.Key, To: to)))
            .Where(d => !Dependencies.Value.TryGetValue(d.From, out SortedSet<string>? uses) || !uses.Contains(d.To))
            .Select(d => $"{d.From} -> {d.To}")];

        Assert.True(unplanned.Length == 0, "Dependencies the plan does not have: " + string.Join(", ", unplanned));
        Assert.True(absent.Length == 0, "The plan has dependencies the code does not: " + string.Join(", ", absent));
        Assert.Equal(Plan.Keys.Order(), Dependencies.Value.Keys.Order());
    }

    [Fact]
    public void CoreFolders_HaveNoCyclesButThePlannedTwo()
    {
        var graph = Dependencies.Value.ToDictionary(kv => kv.Key, kv => kv.Value.ToHashSet());
        graph.GetValueOrDefault("Answers")?.Remove("(root)");
        graph.GetValueOrDefault("Serialization")?.Remove("(root)");

        Assert.Null(Cycle(graph));
    }

    [Fact]
    public void Cycle_FindsACycle_SoTheTestAboveCanFail()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };

        Assert.NotNull(Cycle(graph));
        Assert.Null(Cycle(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = [] }));
    }

    /// <summary>A folder that lies on a cycle, or null where there is none (a depth-first search for a back edge).</summary>
    private static string? Cycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>();
        string? Visit(string node)
        {
            state[node] = 1;
            foreach (string next in graph.GetValueOrDefault(node) ?? [])
            {
                int seen = state.GetValueOrDefault(next);
                if (seen == 1 || seen == 0 && Visit(next) is not null)
                {
                    return next;
                }
            }

            state[node] = 2;
            return null;
        }

        return graph.Keys.Where(n => state.GetValueOrDefault(n) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static Dictionary<string, SortedSet<string>> ReadDependencies()
    {
        string source = Path.Combine(Repository.Root, "src", "Treaties");
        SyntaxTree[] trees = [.. Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), f))];
        MetadataReference[] references = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p))];
        CSharpCompilation compilation = CSharpCompilation.Create("Treaties", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        string Folder(string path)
        {
            string folder = Path.GetRelativePath(source, Path.GetDirectoryName(path)!);
            return folder == "." ? "(root)" : folder;
        }

        var dependencies = new Dictionary<string, SortedSet<string>>();
        foreach (SyntaxTree tree in trees)
        {
            string from = Folder(tree.FilePath);
            SemanticModel model = compilation.GetSemanticModel(tree);
            var uses = dependencies.TryGetValue(from, out SortedSet<string>? found) ? found : dependencies[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                type = type?.OriginalDefinition;
                while (type?.ContainingType is not null)
                {
                    type = type.ContainingType;
                }

                foreach (Location location in type?.Locations.Where(l => l.IsInSource) ?? [])
                {
                    string to = Folder(location.SourceTree!.FilePath);
                    if (to != from)
                    {
                        uses.Add(to);
                    }
                }
            }
        }

        return dependencies;
    }
}
