using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace TreatyWeb.Tests;

/// <summary>
/// The web sample's tests run one class at a time: each factory finds its host by listening, process-wide, for the
/// entry point to build one, so two factories started at once can each catch the other's.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OneWebHostAtATime
{
    public const string Name = "TreatyWeb";
}

/// <summary>The web sample in memory, for the API's tests.</summary>
public sealed class TreatyWebFactory : WebApplicationFactory<TreatyWebApp>;

/// <summary>The web sample on a real Kestrel server on a free loopback port, for the browser and the load test.</summary>
public sealed class KestrelWebFactory : WebApplicationFactory<TreatyWebApp>
{
    public KestrelWebFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>Gets the server's address, such as http://127.0.0.1:40123/.</summary>
    public System.Uri Address => ClientOptions.BaseAddress;
}
