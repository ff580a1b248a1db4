#!/bin/sh
# Writes a reproducible rootfs tar of the host's static busybox and its applets: fixed order, owners and mtimes,
# so the same busybox always gives the same layer digest.
set -eu
out=${1:?usage: busybox-image.sh OUT.tar}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/rootfs/bin" "$dir/rootfs/etc" "$dir/rootfs/tmp" "$dir/rootfs/root" "$dir/rootfs/proc" \
  "$dir/rootfs/sys" "$dir/rootfs/dev"
cp /bin/busybox "$dir/rootfs/bin/busybox"
for applet in $(/bin/busybox --list); do
  [ "$applet" = busybox ] || ln -s busybox "$dir/rootfs/bin/$applet"
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$dir/rootfs/etc/passwd"
echo 'root:x:0:' > "$dir/rootfs/etc/group"
chmod 1777 "$dir/rootfs/tmp"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$dir/rootfs" -cf "$out" .
