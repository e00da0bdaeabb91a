using TreatyWeb;

// The alliance map at / and the HTTP API under /api, over the bundled catalog.
TreatyWebApp.Create(args).Run();
