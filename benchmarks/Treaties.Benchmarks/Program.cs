using BenchmarkDotNet.Running;

namespace Treaties.Benchmarks;

/// <summary>The one entry point: pass BenchmarkDotNet arguments, such as <c>--filter *IsMember*</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
