namespace EmptyConsole;

/// <summary>Does nothing: the cost of starting the .NET runtime and no more.</summary>
public static class Program
{
    /// <summary>Returns at once.</summary>
    public static void Main()
    {
    }
}
