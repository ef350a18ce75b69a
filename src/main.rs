fn main() {
    #[cfg(target_arch = "wasm32")]
    nearer::embed::boot();
}
