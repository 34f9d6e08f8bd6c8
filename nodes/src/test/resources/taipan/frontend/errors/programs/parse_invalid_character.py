x = a ⁂ b
