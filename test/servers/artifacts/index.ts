export { type ArtifactServer, type ArtifactServerOptions, startArtifactServer } from "./server.ts";
