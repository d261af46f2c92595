export const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
export const OCI_LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";
export const OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
export const OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";

export const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
export const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
export const DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
export const DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
export const DOCKER_FOREIGN_LAYER_GZIP = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";

export const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
export const MANIFEST_TYPES = [OCI_MANIFEST, DOCKER_MANIFEST];

/** The Accept header for a manifest GET: every image shape we can build on. */
export const MANIFEST_ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES];

/**
 * Docker's layer media types describe the same bytes as OCI's; an OCI manifest should only name OCI
 * types, so base layers are re-labelled (the blobs and digests stay the same, as crane does).
 */
export function ociLayerMediaType(mediaType: string): string {
  if (mediaType === DOCKER_LAYER_GZIP) return OCI_LAYER_GZIP;
  if (mediaType === DOCKER_FOREIGN_LAYER_GZIP)
    return "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip";
  return mediaType;
}
