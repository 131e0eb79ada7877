/** Decodes base64 content (as the API sends files) into a Blob. */
export function base64ToBlob(base64: string, contentType: string): Blob {
  const binary = atob(base64.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: contentType });
}

/** Offers base64 content as a file download, through a temporary object URL. */
export function downloadBase64(base64: string, filename: string, contentType = "application/pdf"): void {
  const url = URL.createObjectURL(base64ToBlob(base64, contentType));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
