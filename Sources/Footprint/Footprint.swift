// Footprint
