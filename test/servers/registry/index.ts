export { type PushedBase, pushBaseImage, pushDockerBaseImage } from "./base-image.ts";
export { freePort } from "./free-port.ts";
export {
  type Fault,
  type LoggedRequest,
  type ProxyOptions,
  type RegistryProxy,
  startRegistryProxy,
} from "./proxy.ts";
export { type RegistryOptions, type RunningRegistry, startRegistry } from "./registry.ts";
