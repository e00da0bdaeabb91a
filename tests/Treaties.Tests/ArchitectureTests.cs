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
/// src/Treaties with Roslyn, finds for every name in its code the folder that declares what it binds to (a member where it is declared, a type
/// in the file named after it), and compares
/// the folders' dependencies with the plan. A new dependency, and so a new cycle, fails until the plan and the page say it.
/// </summary>
public class ArchitectureTests
{
    /// <summary>
    /// The plan: each folder and the folders it may use. <c>Catalog</c> is the catalog, its treaties and the defence
    /// rules; <c>Building</c> the builders that check each fact and hand the catalog its data; <c>Serialization</c>
    /// the JSON face of the catalog, which reads through the builders; <c>Snapshot</c> the bundled data's binary snapshot,
    /// which hands the catalog data the build has checked. Its one cycle is the one the page names: a
    /// <c>Treaty</c> hands out answers that name their <c>Treaty</c>.
    /// </summary>
    private static readonly Dictionary<string, string[]> Plan = new()
    {
        ["Common"] = [],
        ["Localization"] = [],
        ["Model"] = ["Common", "Localization"],
        ["Indexing"] = ["Common", "Model"],
        ["Answers"] = ["Catalog", "Common", "Indexing", "Model"],
        ["Catalog"] = ["Answers", "Common", "Indexing", "Localization", "Model"],
        ["Building"] = ["Catalog", "Common", "Model"],
        ["Serialization"] = ["Building", "Catalog", "Common", "Model"],
        ["Snapshot"] = ["Catalog", "Model"],
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
    public void CoreFolders_HaveNoCyclesButThePlannedOne()
    {
        var graph = Dependencies.Value.ToDictionary(kv => kv.Key, kv => kv.Value.ToHashSet());
        graph.GetValueOrDefault("Answers")?.Remove("Catalog");

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
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol?.OriginalDefinition;
                INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                while (type?.ContainingType is not null)
                {
                    type = type.ContainingType;
                }

                // A member is where it is declared, so the parts of a partial type can sit in different folders (the
                // catalog's JSON face in Serialization); a partial type itself is at home in the file named after it.
                IEnumerable<Location> declared = symbol is null or INamedTypeSymbol || symbol.ContainingType is null || symbol.IsImplicitlyDeclared
                    ? Home(type)
                    : symbol.Locations;
                foreach (Location location in declared.Where(l => l.IsInSource))
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

    private static Location[] Home(INamedTypeSymbol? type)
    {
        Location[] all = [.. type?.Locations ?? []];
        Location[] named = [.. all.Where(l => Path.GetFileName(l.SourceTree?.FilePath) == type!.Name + ".cs")];
        return named.Length > 0 ? named : all;
    }
}
