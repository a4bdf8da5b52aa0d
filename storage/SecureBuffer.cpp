#include "SecureBuffer.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace quittance::storage {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_size(size) {
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        std::abort(); // out of locked memory: nothing sensible to continue with
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer() {
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::copyOf(std::span<const unsigned char> bytes) {
    SecureBuffer buffer(bytes.size());
    if (!bytes.empty())
        std::memcpy(buffer.m_data, bytes.data(), bytes.size());
    return buffer;
}

SecureBuffer SecureBuffer::random(std::size_t size) {
    SecureBuffer buffer(size);
    if (size > 0)
        randombytes_buf(buffer.m_data, size);
    return buffer;
}

void SecureBuffer::truncate(std::size_t size) {
    if (size < m_size) {
        sodium_memzero(m_data + size, m_size - size);
        m_size = size;
    }
}

void SecureBuffer::clear() {
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::equals(std::span<const unsigned char> other) const {
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), m_size) == 0;
}

} // namespace quittance::storage
