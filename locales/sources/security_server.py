T = {
"error.integer_out_of_range": ("Værdien {value} i feltet {field} er uden for det tilladte område.", "The value {value} in the field {field} is out of range."),
}
