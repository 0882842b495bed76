// The resources of this library are compiled in by qt_add_resources; this file gives the
// static library an object of its own so that every toolchain accepts it.
namespace td::resources {
int linked = 1;
} // namespace td::resources
